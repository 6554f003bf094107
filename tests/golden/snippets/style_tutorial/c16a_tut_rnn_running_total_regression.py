# nn.RNN (batch_first) learning to output the running total's sign of a sequence
import torch
import torch.nn as nn

class SumRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(input_size=1, hidden_size=6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        out, h = self.rnn(x)
        return self.head(out[:, -1])

torch.manual_seed(1609)
seqs = torch.randn(12, 5, 1)
target = seqs.sum(dim=1)
model = SumRNN()
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(6):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(seqs), target)
    loss.backward()
    opt.step()
    print(f"{epoch} {loss.item()}")
print(model.rnn.weight_hh_l0.grad.shape, model.rnn.bias_ih_l0.grad.norm())
