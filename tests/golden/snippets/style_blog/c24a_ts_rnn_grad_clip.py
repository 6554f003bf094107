# Gradient clipping inside an RNN training step
import torch
import torch.nn as nn

torch.manual_seed(10)
rnn = nn.RNN(1, 4, batch_first=True)
head = nn.Linear(4, 1)
params = list(rnn.parameters()) + list(head.parameters())
opt = torch.optim.SGD(params, lr=0.1)
x = torch.randn(2, 20, 1) * 5
y = torch.ones(2, 1)
out, h = rnn(x)
loss = nn.functional.mse_loss(head(out[:, -1]), y)
opt.zero_grad()
loss.backward()
total = nn.utils.clip_grad_norm_(params, max_norm=0.5)
print(type(total).__name__, total.dim(), total.item() > 0)
after = torch.stack([p.grad.norm() for p in params]).norm()
print(round(after.item(), 4) <= 0.5)
opt.step()
print(len(params), [tuple(p.shape) for p in params][:2])
