# Trigram language model: embed the two previous words, concatenate, predict the next
import torch
import torch.nn as nn
import torch.nn.functional as F
text = "when forty winters shall besiege thy brow and dig deep trenches in thy field".split()
vocab = {w: i for i, w in enumerate(dict.fromkeys(text))}
ngrams = [([text[i - 2], text[i - 1]], text[i]) for i in range(2, len(text))]

class NGramLM(nn.Module):
    def __init__(self, vocab_size, dim, context):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, dim)
        self.linear1 = nn.Linear(context * dim, 32)
        self.linear2 = nn.Linear(32, vocab_size)
    def forward(self, inputs):
        embeds = self.embeddings(inputs).view((1, -1))
        return F.log_softmax(self.linear2(F.relu(self.linear1(embeds))), dim=1)

torch.manual_seed(1)
model, losses = NGramLM(len(vocab), 4, 2), []
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for epoch in range(3):
    total = 0
    for context, target in ngrams:
        model.zero_grad()
        loss = F.nll_loss(model(torch.tensor([vocab[w] for w in context])), torch.tensor([vocab[target]]))
        loss.backward(); opt.step()
        total += loss.item()
    losses.append(round(total, 4))
print(losses, model.embeddings.weight[vocab["thy"]].shape)
