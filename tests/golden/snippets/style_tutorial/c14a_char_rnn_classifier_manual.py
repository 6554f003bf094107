# Name-classification tutorial shape, with nn.RNN: letters one-hot encoded via index_fill, the last hidden state
# into a Linear and log_softmax, a few SGD steps per name and the predicted category.
import string
import torch
import torch.nn as nn

letters = string.ascii_lowercase
def encode(word):
    return torch.zeros(len(word), len(letters)).scatter_(1, torch.tensor([[letters.index(ch)] for ch in word]), 1.0)
torch.manual_seed(1438)
rnn = nn.RNN(len(letters), 12, nonlinearity='tanh')
fc = nn.Linear(12, 3)
langs = ["greek", "irish", "czech"]
opt = torch.optim.SGD(list(rnn.parameters()) + list(fc.parameters()), lr=0.01)
for word, lang in (("nikos", 0), ("sean", 1), ("jan", 2), ("kostas", 0)):
    seq = encode(word).unsqueeze(1)
    outputs, h_n = rnn(seq)
    logp = torch.log_softmax(fc(h_n[0]), dim=1)
    loss = nn.functional.nll_loss(logp, torch.tensor([lang]))
    opt.zero_grad()
    loss.backward()
    opt.step()
    guess = logp.argmax(1).item()
    print(word, seq.shape, langs[guess], round(loss.item(), 6))
print(outputs.shape, torch.equal(outputs[-1], h_n[0]), rnn)
