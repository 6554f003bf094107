import torch

# Hypergradient: d(validation loss after one step) / d(learning rate)
lr = torch.tensor(0.1, requires_grad=True)
w = torch.tensor([0.0, 0.0], requires_grad=True)
xt = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
yt = torch.tensor([2.0, -1.0, 1.0])
train = ((xt * w).sum(1) - yt).pow(2).mean()
g, = torch.autograd.grad(train, w, create_graph=True)
w1 = w - lr * g
xv = torch.tensor([[2.0, 1.0]])
yv = torch.tensor([3.0])
val = ((xv * w1).sum(1) - yv).pow(2).mean()
dlr, = torch.autograd.grad(val, lr)
print(g, w1)
print(val.item(), dlr.item())
