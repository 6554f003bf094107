import torch

tokens = torch.tensor([4, 8, 15, 16, 23, 42])
bigrams = tokens.unfold(0, 2, 1)
print(bigrams)
trigrams = tokens.unfold(0, 3, 1)
print(trigrams.shape, trigrams.stride())
print(tokens.unfold(0, 3, 3))
windows = torch.nn.functional.pad(tokens, (2, 0), value=0).unfold(0, 3, 1)
print(windows[:2])
try:
    tokens.unfold(0, 7, 1)
except Exception as e:
    print(type(e).__name__, e)
