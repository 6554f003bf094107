# Q: why does printing my list of losses show "tensor(0.5, grad_fn=...)" everywhere, and how to print numbers?
import torch

torch.manual_seed(0)
w = torch.randn(2, requires_grad=True)
losses = []
for i in range(3):
    loss = (w * (i + 1)).pow(2).sum()
    losses.append(loss)
print(losses)
print([l.item() for l in losses])
print([round(l.item(), 3) for l in losses])
print(torch.stack(losses))
print(torch.stack(losses).detach().tolist())
d = {'train': losses[0], 'val': losses[1].detach()}
print(d)
print(f"{losses[0]}", "{}".format(losses[1]), str(losses[2]))
print(repr(w), w.data, w.detach())
print((losses[0], w.grad))
nested = [[torch.tensor(1), torch.tensor(2.5)], (torch.tensor([1, 2]),)]
print(nested)
