# One-hot encoded characters times a weight matrix give logits; softmax by hand.
import torch
import torch.nn.functional as F

xs = torch.tensor([0, 5, 13, 13, 1])
ys = torch.tensor([5, 13, 13, 1, 0])
xenc = F.one_hot(xs, num_classes=27).float()
print(xenc.shape, xenc.dtype, xenc[1].nonzero())
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g, requires_grad=True)
logits = xenc @ W
counts = logits.exp()
probs = counts / counts.sum(1, keepdims=True)
print(probs.shape, probs[0].sum())
loss = -probs[torch.arange(5), ys].log().mean()
print(loss.item())
W.grad = None
loss.backward()
print(W.grad.shape, W.grad[0, :4])
print(torch.allclose(logits, W[xs]))
