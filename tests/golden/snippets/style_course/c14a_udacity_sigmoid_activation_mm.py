# Udacity intro: a sigmoid unit on random inputs three ways (sum of products, matmul with reshape, dot), then 3-4-2.
import torch


def sigma(z):
    return 1 / (1 + torch.exp(-z))


torch.manual_seed(70)
inputs = torch.randn((1, 6))
coeffs = torch.randn_like(inputs)
offset = torch.randn((1, 1))
via_sum = sigma((inputs * coeffs).sum() + offset)
via_mm = sigma(torch.matmul(inputs, coeffs.reshape(6, 1)) + offset)
via_dot = sigma(torch.dot(inputs[0], coeffs[0]) + offset)
print(via_sum, via_mm, via_dot)
try:
    torch.matmul(inputs, coeffs)
except RuntimeError as err:
    print(err)
print(coeffs.T.shape, coeffs.view(-1, 1).is_contiguous(), coeffs.t().is_contiguous())
layer_in = torch.randn((2, 3))
Wa, ba = torch.randn(3, 4), torch.randn((1, 4))
Wb, bb = torch.randn(4, 2), torch.randn((1, 2))
hidden = sigma(layer_in @ Wa + ba)
print(hidden)
print(sigma(hidden @ Wb + bb), torch.sigmoid(hidden @ Wb + bb))
