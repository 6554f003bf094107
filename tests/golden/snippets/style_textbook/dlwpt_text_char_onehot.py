# Text: one-hot encoding characters with ord() and whole words through an index dictionary.
import torch

line = "Impossible, Mr. Bennet!"
letter_t = torch.zeros(len(line), 128)
print(letter_t.shape)
for i, letter in enumerate(line.lower().strip()):
    letter_index = ord(letter) if ord(letter) < 128 else 0
    letter_t[i][letter_index] = 1
print(letter_t.sum(), letter_t.argmax(dim=1)[:5])

def clean_words(input_str):
    punctuation = '.,;:"!?”“_-'
    word_list = input_str.lower().replace('\n', ' ').split()
    return [word.strip(punctuation) for word in word_list]

words_in_line = clean_words(line)
print(words_in_line)
word_list = sorted(set(clean_words("impossible mr bennet impossible when i am not acquainted")))
word2index_dict = {word: i for (i, word) in enumerate(word_list)}
print(len(word2index_dict), word2index_dict['impossible'])
word_t = torch.zeros(len(words_in_line), len(word2index_dict))
for i, word in enumerate(words_in_line):
    word_index = word2index_dict[word]
    word_t[i][word_index] = 1
    print('{:2} {:4} {}'.format(i, word_index, word))
print(word_t.shape, word_t.nonzero().tolist())
