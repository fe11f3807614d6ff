/** The events of `source` that `keep` accepts. Closing the result closes `source`. */
export async function* filterStream<T>(source: AsyncIterable<T>, keep: (event: T) => boolean): AsyncGenerator<T> {
  for await (const event of source) if (keep(event)) yield event;
}
