# A bidirectional LSTM tagger: embeddings, packed-free padding, output shapes and tag scores.
import torch
import torch.nn as nn

torch.manual_seed(1)
word_to_ix = {'the': 0, 'dog': 1, 'ate': 2, 'apple': 3, 'everybody': 4, 'read': 5, 'that': 6, 'book': 7}
tag_to_ix = {'DET': 0, 'NN': 1, 'V': 2}

class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, bidirectional=True)
        self.hidden2tag = nn.Linear(2 * hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, (h, c) = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        return nn.functional.log_softmax(tag_space, dim=1), h, c

model = LSTMTagger(6, 5, len(word_to_ix), len(tag_to_ix))
print(model)
sent = torch.tensor([word_to_ix[w] for w in "the dog ate the apple".split()])
targets = torch.tensor([0, 1, 2, 0, 1])
scores, h, c = model(sent)
print(scores.shape, h.shape, c.shape)
print(scores.argmax(1))
loss = nn.NLLLoss()(scores, targets)
loss.backward()
print(round(loss.item(), 4))
print([(n, tuple(p.shape)) for n, p in model.lstm.named_parameters()][:4])
print(model.lstm.weight_hh_l0_reverse.grad.shape)
