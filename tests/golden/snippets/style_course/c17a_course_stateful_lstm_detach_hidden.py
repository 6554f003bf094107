# Stateful LSTM over consecutive chunks: carry (h, c) forward but detach it each chunk
import torch
import torch.nn as nn

torch.manual_seed(44)
seq = torch.sin(torch.arange(0, 24, dtype=torch.float32) * 0.5).view(1, -1, 1)
lstm = nn.LSTM(1, 4, batch_first=True)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(lstm.parameters()) + list(head.parameters()), lr=0.1)
state = None
for start in range(0, 20, 5):
    x = seq[:, start:start + 5]
    y = seq[:, start + 1:start + 6]
    if state is not None:
        state = tuple(s.detach() for s in state)
    out, state = lstm(x, state)
    loss = ((head(out) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(start, f"{loss.item():.5f}", state[0].requires_grad, state[0].grad_fn is None)
