import torch
import torch.nn as nn

torch.manual_seed(19)
rnn = nn.GRU(2, 3)
readout = nn.Linear(3, 2)
params = [*rnn.parameters(), *readout.parameters()]
opt = torch.optim.Adam(params, lr=0.02)
stream = torch.stack([torch.sin(torch.arange(31.0) * 0.4), torch.cos(torch.arange(31.0) * 0.4)], 1).unsqueeze(1)
h = torch.zeros(1, 1, 3)
for k, start in enumerate(range(0, 30, 6)):
    seg_in, seg_out = stream[start:start + 6], stream[start + 1:start + 7]
    out, h = rnn(seg_in, h)
    err = (readout(out) - seg_out).abs().mean()
    opt.zero_grad()
    err.backward()
    opt.step()
    h = h.detach()
    print(k, f"{err.item():.5f}", h.grad_fn, tuple(h.shape))
