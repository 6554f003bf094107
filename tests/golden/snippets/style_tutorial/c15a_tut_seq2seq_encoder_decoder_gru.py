# Seq2seq pieces: an Embedding+GRU encoder and one greedy decoder step
import torch
import torch.nn as nn
import torch.nn.functional as F

class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, batch_first=True)
        self.dropout = nn.Dropout(0.1)

    def forward(self, input):
        return self.gru(self.dropout(self.embedding(input)))

torch.manual_seed(4)
SOS_token = 0
enc = EncoderRNN(10, 6)
enc.eval()
dec_embedding, dec_gru, dec_out = nn.Embedding(12, 6), nn.GRU(6, 6, batch_first=True), nn.Linear(6, 12)
src = torch.tensor([[3, 7, 2, 1], [5, 5, 9, 1]])
encoder_outputs, encoder_hidden = enc(src)
print(encoder_outputs.shape, encoder_hidden.shape)
decoder_input = torch.empty(2, 1, dtype=torch.long).fill_(SOS_token)
decoder_hidden = encoder_hidden
for i in range(3):
    output, decoder_hidden = dec_gru(F.relu(dec_embedding(decoder_input)), decoder_hidden)
    output = dec_out(output)
    _, topi = output.topk(1)
    decoder_input = topi.squeeze(-1).detach()
    print(i, decoder_input.tolist(), F.log_softmax(output, dim=-1)[0, 0, :4])
print(decoder_hidden.grad_fn)
