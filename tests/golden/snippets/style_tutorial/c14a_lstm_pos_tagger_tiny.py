# Sequence-model tutorial shape: a tiny LSTM part-of-speech tagger trained for a few epochs with NLLLoss.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
training_data = [("the cat ate fish".split(), ["DET", "NN", "V", "NN"]),
                 ("a dog saw the cat".split(), ["DET", "NN", "V", "DET", "NN"])]
word_to_ix = {}
for sent, _ in training_data:
    for word in sent:
        word_to_ix.setdefault(word, len(word_to_ix))
tag_to_ix = {"DET": 0, "NN": 1, "V": 2}
print(word_to_ix)
emb = nn.Embedding(len(word_to_ix), 5)
lstm = nn.LSTM(5, 4)
tag = nn.Linear(4, 3)
params = list(emb.parameters()) + list(lstm.parameters()) + list(tag.parameters())
optimizer = torch.optim.SGD(params, lr=0.1)
prep = lambda seq, ix: torch.tensor([ix[w] for w in seq], dtype=torch.long)
for epoch in range(30):
    for sentence, tags in training_data:
        optimizer.zero_grad()
        lstm_out, _ = lstm(emb(prep(sentence, word_to_ix)).view(len(sentence), 1, -1))
        tag_scores = F.log_softmax(tag(lstm_out.view(len(sentence), -1)), dim=1)
        loss = F.nll_loss(tag_scores, prep(tags, tag_to_ix))
        loss.backward()
        optimizer.step()
    if epoch % 10 == 9:
        print(epoch, loss.item())
with torch.no_grad():
    out, (h, c) = lstm(emb(prep(training_data[0][0], word_to_ix)).view(4, 1, -1))
    print(tag(out.view(4, -1)).argmax(1), h.shape)
