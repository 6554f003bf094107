# The classic from-scratch RNN cell: i2h and h2o on the concatenated input and hidden
import torch
import torch.nn as nn

class ConcatRNN(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.n_hidden = n_hidden
        self.i2h = nn.Linear(n_in + n_hidden, n_hidden)
        self.h2o = nn.Linear(n_hidden, n_out)
        self.log_probs = nn.LogSoftmax(dim=1)
    def forward(self, inp, hidden):
        hidden = torch.tanh(self.i2h(torch.cat((inp, hidden), 1)))
        return self.log_probs(self.h2o(hidden)), hidden
    def init_hidden(self): return torch.zeros(1, self.n_hidden)

torch.manual_seed(10)
rnn = ConcatRNN(5, 8, 3)
nll = nn.NLLLoss()
seq = torch.eye(5)[[0, 3, 1, 4]].unsqueeze(1)
for it in range(3):
    hidden = rnn.init_hidden(); rnn.zero_grad()
    for i in range(seq.size(0)):
        output, hidden = rnn(seq[i], hidden)
    loss = nll(output, torch.tensor([2]))
    loss.backward()
    for param in rnn.parameters():
        param.data.add_(param.grad.data, alpha=-0.05)
    top_v, top_i = output.topk(1)
    print(it, round(loss.item(), 4), top_i[0].item(), output.shape)
