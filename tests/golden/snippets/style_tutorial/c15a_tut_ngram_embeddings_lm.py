# Word embeddings tutorial: a trigram language model over a short text, printing total loss per epoch
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)
words = "we shall fight on the beaches we shall fight on the landing grounds".split()
trigrams = [((words[i], words[i + 1]), words[i + 2]) for i in range(len(words) - 2)]
print(trigrams[:2], len(trigrams))
ix = {w: i for i, w in enumerate(sorted(set(words)))}

class TrigramLM(nn.Module):
    def __init__(self, n_words, dim, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(n_words, dim)
        self.fc1 = nn.Linear(2 * dim, hidden)
        self.fc2 = nn.Linear(hidden, n_words)

    def forward(self, ctx_ids):
        v = self.emb(ctx_ids).view(1, -1)
        return F.log_softmax(self.fc2(torch.relu(self.fc1(v))), dim=1)

lm = TrigramLM(len(ix), 5)
sgd = torch.optim.SGD(lm.parameters(), lr=0.01)
history = []
for epoch in range(3):
    epoch_loss = 0.0
    for (w1, w2), nxt in trigrams:
        lm.zero_grad()
        l = F.nll_loss(lm(torch.tensor([ix[w1], ix[w2]])), torch.tensor([ix[nxt]]))
        l.backward()
        sgd.step()
        epoch_loss += l.item()
    history.append(epoch_loss)
print(history)
print(lm.emb.weight[ix["fight"]])
