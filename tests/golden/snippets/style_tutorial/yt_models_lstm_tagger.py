# "Building Models with PyTorch": an LSTM part-of-speech tagger, its shapes and its log-softmax scores.
import torch
import torch.nn as nn
import torch.nn.functional as F

class LSTMTagger(torch.nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super(LSTMTagger, self).__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        tag_scores = F.log_softmax(tag_space, dim=1)
        return tag_scores

torch.manual_seed(1)
word_to_ix = {"The": 0, "dog": 1, "ate": 2, "the": 3, "apple": 4}
model = LSTMTagger(6, 6, len(word_to_ix), 3)
print(model)
inputs = torch.tensor([word_to_ix[w] for w in "The dog ate the apple".split()], dtype=torch.long)
with torch.no_grad():
    tag_scores = model(inputs)
print(tag_scores.shape)
print(tag_scores.argmax(dim=1))
print(torch.exp(tag_scores).sum(dim=1))
