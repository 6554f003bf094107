# key_padding_mask by hand: masked keys get zero attention weight
import torch
import torch.nn as nn

torch.manual_seed(132)
mha = nn.MultiheadAttention(4, 1, batch_first=True)
x = torch.randn(2, 3, 4)
pad = torch.tensor([[False, False, True], [False, True, True]])
out, w = mha(x, x, x, key_padding_mask=pad)
print(w)
print(w.sum(-1))
print(out.shape, (w[pad.unsqueeze(1).expand_as(w)] == 0).all())
