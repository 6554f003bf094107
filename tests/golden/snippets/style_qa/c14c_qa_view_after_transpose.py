# Q&A: "view size is not compatible with input tensor's size and stride" after permute/transpose,
# and the answers: reshape, or contiguous().view().
import torch

x = torch.arange(24.0).view(2, 3, 4)
y = x.permute(0, 2, 1)
print(y.shape, y.is_contiguous())
try:
    y.view(2, 12)
except RuntimeError as e:
    print(e)
print(y.reshape(2, 12))
print(y.contiguous().view(2, 12).equal(y.reshape(2, 12)))
print(x.transpose(1, 2).flatten(1)[1, :5], x.view(-1, 4).shape)
try:
    x.view(5, -1)
except RuntimeError as e:
    print(e)
