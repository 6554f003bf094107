import torch
import torch.nn.functional as F

logp = torch.log_softmax(torch.tensor([[0.5, 1.5, -1.0], [2.0, 0.0, 1.0]]), dim=1).requires_grad_()
print(F.nll_loss(logp, torch.tensor([-100, -100])))                 # every target ignored: nan
print(F.nll_loss(logp, torch.tensor([-100, -100]), reduction="sum"))
print(F.nll_loss(logp, torch.tensor([1, 7]), ignore_index=7))       # an ignored index past the classes
loss = F.nll_loss(logp, torch.tensor([2, 0]), weight=torch.tensor([0.0, 1.0, 3.0]), reduction="none")
print(loss)
loss.sum().backward()
print(logp.grad)
print(F.nll_loss(torch.tensor([-1.0, -2.0, -0.5]), torch.tensor(2)))
print(F.nll_loss(torch.tensor([-1.0, -2.0, -0.5]), torch.tensor(-100), reduction="none"))
print(F.nll_loss(torch.tensor([[-1.0, float("-inf")], [-0.5, -2.0]]), torch.tensor([0, -100]), reduction="none"))
try:
    F.nll_loss(logp, torch.tensor([0, 3]))
except IndexError as e:
    print("IndexError:", e)
try:
    F.nll_loss(logp, torch.tensor([-1, 0]))
except IndexError as e:
    print("IndexError:", e)
