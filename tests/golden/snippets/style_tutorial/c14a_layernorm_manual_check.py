# LayerNorm over the last dimension of a token batch: affine parameters, the formula by hand, grads, no-affine variant.
import torch
import torch.nn as nn

torch.manual_seed(1409)
tokens = torch.randn(2, 3, 5, requires_grad=True)
norm = nn.LayerNorm(5, eps=1e-6)
print(norm, norm.weight.shape, norm.bias)
normed = norm(tokens)
print(normed[1])
centred = tokens - tokens.mean(dim=-1, keepdim=True)
by_hand = centred / (centred.pow(2).mean(dim=-1, keepdim=True) + 1e-6).sqrt()
print((normed - by_hand).abs().max().item() < 1e-6, normed.grad_fn)
(normed * torch.arange(5.0)).sum().backward()
print(tokens.grad.sum(-1).abs().max().item() < 1e-5, norm.weight.grad, norm.bias.grad)
plain = nn.LayerNorm([3, 5], elementwise_affine=False)
print(plain, list(plain.parameters()))
z = plain(tokens.detach())
print(z.mean().item(), z.std(unbiased=False).item())
