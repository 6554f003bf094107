# Per-sample TD errors for prioritized replay: Huber with reduction='none'
import torch
import torch.nn.functional as F

q = torch.tensor([[1.0, 2.0], [0.5, -1.0], [3.0, 0.0]], requires_grad=True)
a = torch.tensor([[1], [0], [0]])
target = torch.tensor([2.5, 3.0, 2.9])
q_sa = q.gather(1, a).squeeze(1)
td = target - q_sa
per_sample = F.smooth_l1_loss(q_sa, target, reduction='none')
print(td.detach(), per_sample)
weights = torch.tensor([1.0, 0.5, 2.0])
loss = (weights * per_sample).mean()
loss.backward()
print(loss, q.grad)
priorities = td.abs().detach() + 1e-6
print(priorities / priorities.sum())
