import torch
import torch.nn.functional as F

q = torch.tensor([1.0, 2.5, -0.3, 4.0], requires_grad=True)
target = torch.tensor([1.2, 0.0, -0.1, 1.0])
loss = F.smooth_l1_loss(q, target)
loss.backward()
print(loss)
print(q.grad)
q.grad = None
loss2 = F.huber_loss(q, target, delta=2.0)
loss2.backward()
print(loss2)
print(q.grad)
