import torch
from torch import nn

torch.manual_seed(21)
lstm = nn.LSTM(1, 4)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(lstm.parameters()) + list(head.parameters()), lr=0.1)
series = torch.sin(torch.arange(0, 24, dtype=torch.float) * 0.5).view(-1, 1, 1)
state = None
for chunk in range(3):
    xs = series[chunk * 8:(chunk + 1) * 8 - 1]
    ys = series[chunk * 8 + 1:(chunk + 1) * 8]
    if state is not None:
        state = tuple(s.detach() for s in state)
    out, state = lstm(xs, state)
    loss = ((head(out) - ys) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(chunk, f"{loss.item():.4f}", state[0].requires_grad, state[0].grad_fn.name())
