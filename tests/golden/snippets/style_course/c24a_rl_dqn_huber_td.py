# DQN TD targets with terminal masks and Huber loss
import torch
import torch.nn.functional as F

q_sa = torch.tensor([1.0, 0.5, -0.2, 3.0], requires_grad=True)
next_q = torch.tensor([[0.2, 1.5], [0.4, 0.1], [2.0, 2.5], [0.0, -1.0]])
rewards = torch.tensor([0.0, 1.0, 1.0, -1.0])
done = torch.tensor([False, False, True, True])
gamma = 0.99
target = rewards + gamma * next_q.max(1).values * (~done)
print(target)
loss = F.smooth_l1_loss(q_sa, target)
print(loss)
loss.backward()
print(q_sa.grad)
print(F.huber_loss(q_sa, target, delta=2.0))
print(F.mse_loss(q_sa, target, reduction='none'))
