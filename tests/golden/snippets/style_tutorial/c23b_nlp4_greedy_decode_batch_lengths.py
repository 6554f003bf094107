import torch

# Lengths of greedy outputs given per-step argmax tokens and an EOS id
EOS = 2
steps = torch.tensor([[5, 2, 7, 2], [3, 4, 4, 1], [2, 9, 9, 9]])
is_eos = steps == EOS
has_eos = is_eos.any(1)
first = torch.where(has_eos, is_eos.float().argmax(1), torch.full((3,), steps.size(1)))
print(first, has_eos)
mask = torch.arange(steps.size(1))[None] <= first[:, None]
print(steps.masked_fill(~mask, 0))
print(is_eos.int().cumsum(1))
