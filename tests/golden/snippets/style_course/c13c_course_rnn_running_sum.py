import torch
import torch.nn as nn

torch.manual_seed(5)
seq = torch.rand(16, 6, 1)          # batch, time, feature
target = seq.sum(dim=1)             # running sum at the end


class SumRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(1, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, h = self.rnn(x)
        return self.head(out[:, -1])


model = SumRNN()
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(10):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(seq), target)
    loss.backward()
    opt.step()
    print("epoch", epoch, "mse", loss.item())
out, h = model.rnn(seq)
print(out.shape, h.shape)
print(torch.equal(out[:, -1], h[0]))
