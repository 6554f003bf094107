import torch

torch.manual_seed(0)
lstm = torch.nn.LSTM(2, 3)
x = torch.randn(4, 1, 2)

out, (h, c) = lstm(x)
h.add_(1)  # the stacked final state: not saved by the LSTM
(out.sum() + h.sum()).backward()
print(lstm.bias_hh_l0.grad)

out, (h, c) = lstm(x)
out.mul_(2)  # the layer's own output is saved for its backward
try:
    out.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
