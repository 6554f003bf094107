import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 4, 3)
for layer in [nn.RNN(3, 2, batch_first=True), nn.GRU(3, 2, batch_first=True), nn.LSTM(3, 2, batch_first=True)]:
    out, _ = layer(x)
    print(type(layer).__name__, out.grad_fn, out.shape, out.is_contiguous())
    out.sum().backward()
    print(layer.weight_ih_l0.grad.abs().sum() > 0)
