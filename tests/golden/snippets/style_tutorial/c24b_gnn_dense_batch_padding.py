# to_dense_batch: pad node features per graph and build a mask
import torch
from torch.nn.utils.rnn import pad_sequence

x = torch.arange(1, 11, dtype=torch.float32).view(5, 2)
batch = torch.tensor([0, 0, 0, 1, 1])
counts = torch.bincount(batch).tolist()
chunks = list(torch.split(x, counts))
padded = pad_sequence(chunks, batch_first=True)
print(padded)
mask = pad_sequence([torch.ones(c, dtype=torch.bool) for c in counts], batch_first=True)
print(mask)
print(padded.sum(1) / mask.sum(1, keepdim=True))
