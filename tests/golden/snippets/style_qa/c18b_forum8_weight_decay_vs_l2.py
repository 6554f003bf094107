# Q: is SGD weight_decay the same as adding an L2 term to the loss?
import torch

w1 = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
w2 = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt1 = torch.optim.SGD([w1], lr=0.1, weight_decay=0.01)
opt2 = torch.optim.SGD([w2], lr=0.1)
(w1 ** 2).sum().backward()
opt1.step()
((w2 ** 2).sum() + 0.005 * (w2 ** 2).sum()).backward()
opt2.step()
print(w1.data, w2.data, torch.equal(w1, w2))
