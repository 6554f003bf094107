# Dot-product attention where each query row may only see its first valid_len keys.
import math
import torch

def softmax_with_lengths(scores, lengths):
    n_keys = scores.shape[-1]
    keep = torch.arange(n_keys).view(1, 1, -1) < lengths.view(-1, 1, 1)
    return torch.softmax(scores.masked_fill(~keep, float('-inf')), dim=-1)

torch.manual_seed(8)
queries = torch.randn(2, 1, 4)
keys = torch.randn(2, 5, 4)
vals = torch.arange(40, dtype=torch.float32).view(1, 5, 8).expand(2, 5, 8)
raw = queries @ keys.transpose(-2, -1) / math.sqrt(keys.shape[-1])
attn = softmax_with_lengths(raw, torch.tensor([2, 4]))
print(attn)
print(attn @ vals)
print(softmax_with_lengths(torch.rand(2, 3, 4), torch.tensor([1, 3])).sum(-1))
