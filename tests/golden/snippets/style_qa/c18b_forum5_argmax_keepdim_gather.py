# Q: selecting the max logit per row with gather and argmax(keepdim=True)
import torch

logits = torch.tensor([[0.1, 2.0, -1.0], [3.0, 0.5, 0.2]])
idx = logits.argmax(dim=1, keepdim=True)
print(idx, idx.shape)
print(logits.gather(1, idx))
print(logits.max(dim=1, keepdim=True))
print(torch.take_along_dim(logits, idx, dim=1))
