# Q: two losses share a hidden layer and the second backward fails with "backward through the graph a second time".
import torch

torch.manual_seed(41)
x = torch.randn(5, 2)
W = torch.randn(2, 3, requires_grad=True)
hidden = torch.sigmoid(x @ W)
loss_a = hidden.sum()
loss_b = (hidden ** 2).mean()
loss_a.backward()
try:
    loss_b.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
W.grad = None
hidden = torch.sigmoid(x @ W)
(hidden.sum()).backward(retain_graph=True)
g_a = W.grad.clone()
((hidden ** 2).mean()).backward()
print(g_a)
print(W.grad - g_a)
