# fast.ai's cross entropy from scratch: softmax, log, and the gradient (softmax - one_hot) / n by hand.
import torch
import torch.nn.functional as F

torch.manual_seed(7)
acts = torch.randn((6, 2)) * 2
targ = torch.tensor([0, 1, 0, 1, 1, 0])
sm_acts = torch.softmax(acts, dim=1)
print(sm_acts)
idx = range(6)
print(sm_acts[idx, targ])
print(-sm_acts[idx, targ], F.nll_loss(sm_acts, targ, reduction='none'))
print(torch.log(sm_acts)[idx, targ].neg().mean(), F.cross_entropy(acts, targ))
print(torch.sigmoid(acts[:, 0] - acts[:, 1]), sm_acts[:, 0])
acts.requires_grad_()
loss = F.cross_entropy(acts, targ)
loss.backward()
manual = (torch.softmax(acts.detach(), 1) - F.one_hot(targ, 2)) / 6
print(acts.grad)
print(torch.allclose(acts.grad, manual))
print(torch.nn.CrossEntropyLoss(reduction='none')(acts, targ))
