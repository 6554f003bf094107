# Truncated backprop through time: the hidden state is detached between chunks
import torch
from torch import nn

torch.manual_seed(1657)
seq = torch.sin(torch.arange(24.0) * 0.5).view(1, 24, 1)
rnn = nn.RNN(1, 4, batch_first=True)
fc = nn.Linear(4, 1)
opt = torch.optim.SGD([*rnn.parameters(), *fc.parameters()], lr=0.1)
h = torch.zeros(1, 1, 4)
for start in range(0, 20, 5):
    chunk, target = seq[:, start:start + 5], seq[:, start + 1:start + 6]
    h = h.detach()
    out, h = rnn(chunk, h)
    loss = nn.functional.mse_loss(fc(out), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(start, loss.item(), h.requires_grad, h.grad_fn is not None)
