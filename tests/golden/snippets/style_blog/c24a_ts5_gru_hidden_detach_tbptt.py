# Truncated BPTT: carrying the hidden state across chunks, detached
import torch
import torch.nn as nn

torch.manual_seed(51)
gru = nn.GRU(1, 2, batch_first=True)
series = torch.randn(1, 12, 1)
h = None
for chunk in series.split(4, dim=1):
    out, h = gru(chunk, h)
    loss = out.pow(2).mean()
    loss.backward()
    print(chunk.shape, h.requires_grad, h.grad_fn is not None)
    h = h.detach()
print(h.requires_grad, gru.weight_ih_l0.grad.shape)
