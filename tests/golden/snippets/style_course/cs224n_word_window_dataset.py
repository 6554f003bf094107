# CS224N PyTorch tutorial: word windows with padding, a collate function with partial, and an embedding model.
from functools import partial

import torch
import torch.nn as nn
from torch.utils.data import DataLoader

corpus = ["We always come to Paris", "I live in Berlin", "Paris is the capital"]
train_sents = [s.lower().split() for s in corpus]
locations = {"paris", "berlin"}
train_labels = [[1 if w in locations else 0 for w in sent] for sent in train_sents]
vocabulary = sorted(set(w for s in train_sents for w in s))
vocabulary.insert(0, "<pad>")
vocabulary.insert(1, "<unk>")
ix_to_word = sorted(vocabulary)
word_to_ix = {word: ind for ind, word in enumerate(ix_to_word)}
print(len(word_to_ix), word_to_ix["<pad>"], word_to_ix["paris"])

def pad_window(sentence, window_size, pad_token="<pad>"):
    window = [pad_token] * window_size
    return window + sentence + window

def custom_collate_fn(batch, window_size, word_to_ix):
    x, y = zip(*batch)
    x = [pad_window(s, window_size=window_size) for s in x]
    x = [torch.LongTensor([word_to_ix.get(w, word_to_ix["<unk>"]) for w in s]) for s in x]
    x = nn.utils.rnn.pad_sequence(x, batch_first=True, padding_value=word_to_ix["<pad>"])
    lengths = torch.LongTensor([len(label) for label in y])
    y = [torch.LongTensor(y_i) for y_i in y]
    y = nn.utils.rnn.pad_sequence(y, batch_first=True, padding_value=0)
    return x, y, lengths

data = list(zip(train_sents, train_labels))
collate_fn = partial(custom_collate_fn, window_size=2, word_to_ix=word_to_ix)
loader = DataLoader(data, batch_size=2, shuffle=False, collate_fn=collate_fn)
for counter, (batched_x, batched_y, batched_lengths) in enumerate(loader):
    print(f"Iteration {counter}")
    print("Batched Input:")
    print(batched_x)
    print("Batched Labels:")
    print(batched_y)
    print("Batched Lengths:")
    print(batched_lengths)
    print(batched_x.unfold(1, 5, 1).shape)
