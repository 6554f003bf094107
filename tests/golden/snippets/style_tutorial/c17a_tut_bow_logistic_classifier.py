# Bag-of-words logistic regression: two languages, word counts, log-softmax + NLLLoss
import torch
import torch.nn as nn
import torch.nn.functional as F

train = [("me gusta comer en la cafeteria".split(), "SPANISH"),
         ("give it to me".split(), "ENGLISH"),
         ("no creo que sea una buena idea".split(), "SPANISH"),
         ("no it is not a good idea to get lost at sea".split(), "ENGLISH")]
word_to_ix = {w: i for i, w in enumerate(dict.fromkeys(w for s, _ in train for w in s))}
label_to_ix = {"SPANISH": 0, "ENGLISH": 1}

def bow_vector(sentence):
    vec = torch.zeros(len(word_to_ix))
    for w in sentence:
        vec[word_to_ix[w]] += 1
    return vec.view(1, -1)

torch.manual_seed(1)
model = nn.Linear(len(word_to_ix), 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(50):
    for sent, label in train:
        model.zero_grad(); loss = F.nll_loss(F.log_softmax(model(bow_vector(sent)), dim=1), torch.tensor([label_to_ix[label]]))
        loss.backward(); opt.step()
print(len(word_to_ix), f"{loss.item():.5f}")
with torch.no_grad():
    print(F.log_softmax(model(bow_vector("no es una buena idea".split()[:1] + ["idea"])), dim=1))
print(model.weight[:, word_to_ix["creo"]])
