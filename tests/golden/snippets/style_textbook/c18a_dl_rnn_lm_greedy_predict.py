# Character RNN language model: greedy prediction after a prefix (untrained)
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(0)
vocab = list("abcde")
rnn = nn.RNN(len(vocab), 8)
head = nn.Linear(8, len(vocab))
prefix = "abc"
state = None
outputs = [vocab.index(prefix[0])]
for step in range(len(prefix) - 1 + 4):
    x = F.one_hot(torch.tensor([[outputs[-1]]]), len(vocab)).float()
    y, state = rnn(x, state)
    if step < len(prefix) - 1:
        outputs.append(vocab.index(prefix[step + 1]))
    else:
        outputs.append(int(head(y).argmax(dim=2).reshape(1)))
print("".join(vocab[i] for i in outputs))
print(state.shape, head(y).softmax(-1))
