# Q: truncated BPTT: carrying an RNN's hidden state into the next batch without detach gives the second-backward error.
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4, batch_first=True)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(rnn.parameters()) + list(head.parameters()), lr=0.1)
data = torch.randn(3, 2, 5, 3)
h = torch.zeros(1, 2, 4)
try:
    for i, xb in enumerate(data):
        out, h = rnn(xb, h)
        loss = head(out[:, -1]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(i, round(loss.item(), 5))
except RuntimeError as e:
    print("batch", i, ":", e)
h = torch.zeros(1, 2, 4)
for i, xb in enumerate(data):
    h = h.detach()
    out, h = rnn(xb, h)
    loss = head(out[:, -1]).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(i, round(loss.item(), 5), h.requires_grad, h.grad_fn is not None)
print(out.shape, h.shape)
