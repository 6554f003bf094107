# A bag-of-words logistic-regression classifier on a toy vocabulary (the NLP tutorial's pattern):
# word_to_ix, make_bow_vector, log_softmax outputs before and after training on four sentences.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
data = [("me gusta comer en la cafeteria".split(), "SPANISH"),
        ("Give it to me".split(), "ENGLISH"),
        ("No creo que sea una buena idea".split(), "SPANISH"),
        ("No it is not a good idea to get lost at sea".split(), "ENGLISH")]
test_data = [("Yo creo que si".split(), "SPANISH"), ("it is lost on me".split(), "ENGLISH")]
word_to_ix = {}
for sent, _ in data + test_data:
    for word in sent:
        word_to_ix.setdefault(word, len(word_to_ix))
label_to_ix = {"SPANISH": 0, "ENGLISH": 1}
print(len(word_to_ix))


class BoWClassifier(nn.Module):
    def __init__(self, num_labels, vocab_size):
        super().__init__()
        self.linear = nn.Linear(vocab_size, num_labels)

    def forward(self, bow_vec):
        return F.log_softmax(self.linear(bow_vec), dim=1)


def make_bow_vector(sentence):
    vec = torch.zeros(len(word_to_ix))
    for word in sentence:
        vec[word_to_ix[word]] += 1
    return vec.view(1, -1)


model = BoWClassifier(2, len(word_to_ix))
with torch.no_grad():
    for instance, label in test_data:
        print(model(make_bow_vector(instance)))
loss_function = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(100):
    for instance, label in data:
        model.zero_grad()
        loss = loss_function(model(make_bow_vector(instance)), torch.LongTensor([label_to_ix[label]]))
        loss.backward()
        optimizer.step()
with torch.no_grad():
    for instance, label in test_data:
        print(model(make_bow_vector(instance)))
print(next(model.parameters())[:, word_to_ix["creo"]])
