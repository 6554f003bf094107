# Word embeddings tutorial exercise: continuous bag-of-words on a tiny text, printing losses and a prediction.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

torch.manual_seed(1)
CONTEXT_SIZE = 2
raw_text = """we are about to study the idea of a computational process .
computational processes are abstract beings that inhabit computers .
as they evolve processes manipulate other abstract things called data .""".split()
vocab = set(raw_text)
vocab_size = len(vocab)
word_to_ix = {word: i for i, word in enumerate(sorted(vocab))}
data = []
for i in range(CONTEXT_SIZE, len(raw_text) - CONTEXT_SIZE):
    context = [raw_text[i - j - 1] for j in range(CONTEXT_SIZE)] + [raw_text[i + j + 1] for j in range(CONTEXT_SIZE)]
    data.append((context, raw_text[i]))
print(data[:2], vocab_size, len(data))

class CBOW(nn.Module):
    def __init__(self, vocab_size, embedding_dim):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.linear = nn.Linear(embedding_dim, vocab_size)

    def forward(self, inputs):
        embeds = self.embeddings(inputs).sum(dim=0)
        return F.log_softmax(self.linear(embeds), dim=-1)

def make_context_vector(context, word_to_ix):
    return torch.tensor([word_to_ix[w] for w in context], dtype=torch.long)

model = CBOW(vocab_size, 10)
loss_function = nn.NLLLoss()
optimizer = optim.SGD(model.parameters(), lr=0.01)
for epoch in range(5):
    total_loss = 0
    for context, target in data:
        model.zero_grad()
        log_probs = model(make_context_vector(context, word_to_ix))
        loss = loss_function(log_probs.view(1, -1), torch.tensor([word_to_ix[target]]))
        loss.backward()
        optimizer.step()
        total_loss += loss.item()
    print(epoch, total_loss)
print(make_context_vector(data[0][0], word_to_ix))
print(model.embeddings.weight[word_to_ix["processes"]])
