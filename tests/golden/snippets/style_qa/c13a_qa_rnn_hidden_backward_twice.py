# Q: "Trying to backward through the graph a second time" in my RNN loop. A: detach the hidden state between batches.
import torch
import torch.nn as nn

torch.manual_seed(8)
rnn = nn.RNN(input_size=3, hidden_size=4, batch_first=True)
head = nn.Linear(4, 1)
opt = torch.optim.SGD(list(rnn.parameters()) + list(head.parameters()), lr=0.1)
seq = torch.randn(2, 12, 3)
target = torch.randn(2, 12, 1)
h = torch.zeros(1, 2, 4)
try:
    for chunk in range(3):
        xs, ts = seq[:, chunk * 4:(chunk + 1) * 4], target[:, chunk * 4:(chunk + 1) * 4]
        out, h = rnn(xs, h)
        loss = nn.functional.mse_loss(head(out), ts)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("chunk", chunk, "ok")
except RuntimeError as e:
    print(type(e).__name__, str(e).split(".")[0])
h = torch.zeros(1, 2, 4)
for chunk in range(3):
    xs, ts = seq[:, chunk * 4:(chunk + 1) * 4], target[:, chunk * 4:(chunk + 1) * 4]
    h = h.detach()
    out, h = rnn(xs, h)
    loss = nn.functional.mse_loss(head(out), ts)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("chunk", chunk, f"{loss.item():.4f}", h.requires_grad, h.grad_fn.name())
