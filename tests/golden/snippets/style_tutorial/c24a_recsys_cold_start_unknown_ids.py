# Cold-start: mapping unseen raw ids to an OOV row
import torch
import torch.nn as nn

vocab = {'u7': 1, 'u9': 2, 'u3': 3}
raw = ['u9', 'u5', 'u3', 'u1']
ids = torch.tensor([vocab.get(r, 0) for r in raw])
print(ids)
emb = nn.Embedding(len(vocab) + 1, 2, padding_idx=0)
print(emb(ids)[1])
print((ids == 0).sum().item())
lookup = torch.full((10,), -1, dtype=torch.long)
lookup[torch.tensor([7, 9, 3])] = torch.tensor([1, 2, 3])
print(lookup)
print(lookup[torch.tensor([9, 5])].clamp(min=0))
