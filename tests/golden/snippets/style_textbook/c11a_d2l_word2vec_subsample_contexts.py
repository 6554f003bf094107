# d2l word2vec data: subsampling frequent words, extracting centers and contexts, padding with masks and labels.
import collections
import math
import random
import torch

random.seed(48)
sentences = [line.split() for line in [
    "the quick brown fox jumps over the lazy dog",
    "the dog sleeps and the fox runs",
    "a quick dog and a lazy fox"]] * 3
counter = collections.Counter([tk for line in sentences for tk in line])
num_tokens = sum(counter.values())
print(counter.most_common(3), num_tokens)

def keep(token, t=1e-1):
    return random.uniform(0, 1) < math.sqrt(t / counter[token] * num_tokens)

subsampled = [[tk for tk in line if keep(tk)] for line in sentences]
print(sum(len(l) for l in subsampled), subsampled[0])

def get_centers_and_contexts(corpus, max_window_size):
    centers, contexts = [], []
    for line in corpus:
        if len(line) < 2:
            continue
        centers += line
        for i in range(len(line)):
            window_size = random.randint(1, max_window_size)
            indices = list(range(max(0, i - window_size), min(len(line), i + 1 + window_size)))
            indices.remove(i)
            contexts.append([line[idx] for idx in indices])
    return centers, contexts

centers, contexts = get_centers_and_contexts(subsampled[:2], 2)
for c, ctx in list(zip(centers, contexts))[:4]:
    print('center', c, 'has contexts', ctx)
vocab = {tk: i for i, tk in enumerate(sorted(counter))}
max_len = max(len(c) for c in contexts)
ctx_ids, masks, labels = [], [], []
for ctx in contexts:
    cur = len(ctx)
    ctx_ids.append([vocab[t] for t in ctx] + [0] * (max_len - cur))
    masks.append([1] * cur + [0] * (max_len - cur))
    labels.append([1] * min(cur, 2) + [0] * (max_len - min(cur, 2)))
batch = (torch.tensor([vocab[c] for c in centers]).reshape((-1, 1)), torch.tensor(ctx_ids),
         torch.tensor(masks), torch.tensor(labels))
for name, data in zip(['centers', 'contexts_negatives', 'masks', 'labels'], batch):
    print(name, 'shape:', data.shape)
print(batch[2].sum(dim=1))
