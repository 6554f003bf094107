# Course pitfall: the hidden state from the previous batch still points into the old graph
import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.RNN(input_size=3, hidden_size=4, batch_first=True)
readout = nn.Linear(4, 1)
params = [*cell.parameters(), *readout.parameters()]
sgd = torch.optim.SGD(params, lr=0.1)
hidden = torch.zeros(1, 2, 4)
for chunk in range(2):
    seq = torch.randn(2, 5, 3)
    states, hidden = cell(seq, hidden)
    mse = readout(states[:, -1]).square().mean()
    sgd.zero_grad()
    print(chunk, mse.item(), hidden.grad_fn, len(params))
    mse.backward()
    sgd.step()
