# The encoder-decoder interface: base classes that raise NotImplementedError, and a toy subclass.
import torch
from torch import nn

class Encoder(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, X, *args):
        raise NotImplementedError

class Decoder(nn.Module):
    def __init__(self):
        super().__init__()

    def init_state(self, enc_all_outputs, *args):
        raise NotImplementedError

    def forward(self, X, state):
        raise NotImplementedError

class EncoderDecoder(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, enc_X, dec_X, *args):
        enc_all_outputs = self.encoder(enc_X, *args)
        dec_state = self.decoder.init_state(enc_all_outputs, *args)
        return self.decoder(dec_X, dec_state)[0]

class SumEncoder(Encoder):
    def __init__(self, vocab, d):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)

    def forward(self, X, *args):
        return self.emb(X).sum(1)

class LinearDecoder(Decoder):
    def __init__(self, vocab, d):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.out = nn.Linear(d, vocab)

    def init_state(self, enc_all_outputs, *args):
        return enc_all_outputs

    def forward(self, X, state):
        return self.out(self.emb(X) + state[:, None, :]), state

torch.manual_seed(0)
try:
    EncoderDecoder(Encoder(), Decoder())(torch.zeros(1, 2, dtype=torch.long), torch.zeros(1, 2, dtype=torch.long))
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
model = EncoderDecoder(SumEncoder(10, 4), LinearDecoder(10, 4))
print(model)
Y = model(torch.tensor([[1, 2, 3]]), torch.tensor([[4, 5]]))
print(Y.shape, Y.argmax(-1))
