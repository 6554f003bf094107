import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim

torch.manual_seed(1)
word_to_ix = {"the": 0, "dog": 1, "ate": 2, "apple": 3, "everybody": 4, "read": 5, "that": 6, "book": 7}
training = [("the dog ate the apple".split(), [0, 1, 2, 0, 1]), ("everybody read that book".split(), [1, 2, 0, 1])]


class Tagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        return F.log_softmax(tag_space, dim=1)


model = Tagger(6, 6, len(word_to_ix), 3)
loss_function = nn.NLLLoss()
optimizer = optim.SGD(model.parameters(), lr=0.1)
to_ix = lambda words: torch.tensor([word_to_ix[w] for w in words], dtype=torch.long)
with torch.no_grad():
    print(model(to_ix(training[0][0])))
for epoch in range(30):
    for sentence, tags in training:
        model.zero_grad()
        loss = loss_function(model(to_ix(sentence)), torch.tensor(tags))
        loss.backward()
        optimizer.step()
with torch.no_grad():
    scores = model(to_ix(training[0][0]))
    print(scores.argmax(dim=1), round(loss.item(), 4))
