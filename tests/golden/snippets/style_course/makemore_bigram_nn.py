# The bigram model as a one-layer network: one_hot inputs, softmax by hand, gradient descent.
import torch
import torch.nn.functional as F

xs = torch.tensor([0, 5, 13, 13, 1])
ys = torch.tensor([5, 13, 13, 1, 0])
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((27, 27), generator=g, requires_grad=True)
xenc = F.one_hot(xs, num_classes=27).float()
print(xenc.shape, xenc.dtype)
for k in range(10):
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdims=True)
    loss = -probs[torch.arange(5), ys].log().mean() + 0.01*(W**2).mean()
    if k % 3 == 0:
        print(loss.item())
    W.grad = None
    loss.backward()
    W.data += -50 * W.grad
print(probs[0, :5])
